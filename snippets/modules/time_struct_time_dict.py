import time
f=(2024,1,2,3,4,5,6,7,0)
for a,k in [((f,{'tm_zone':'UTC','x':1}),{}),((f,None),{}),((f,[1]),{}),((f,),{'dict':{'tm_gmtoff':5}}),((),{'sequence':f}),((f,{},1),{}),((),{}),((f,),{'x':1})]:
  try: t=time.struct_time(*a,**k); print(t.tm_zone, t.tm_gmtoff)
  except TypeError as e: print(e)
print(time.struct_time(f+(1,), {'tm_zone':'Z'}).tm_zone)
